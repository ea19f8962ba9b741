// Apps Script runs the add-on in the script's time zone (appsscript.json: Europe/Copenhagen).
// Set it here, in jest's parent process before any worker starts, so every worker's Dates and
// Intl use it. (Setting it from a setupFiles script is too late: a worker's process.env there
// is a copy, and the time zone does not follow.)
module.exports = async () => {
  process.env.TZ = 'Europe/Copenhagen';
};
