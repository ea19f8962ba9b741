// Apps Script runs the add-on in the script's time zone (appsscript.json: Europe/Copenhagen).
// Node reads TZ lazily, so setting it before any test touches a Date gives the same local time.
process.env.TZ = 'Europe/Copenhagen';
