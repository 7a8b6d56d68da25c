// OpenTRM: small enhancements only; every page works without this file.
// A refused form moves the focus to its error summary, so that a screen reader reads it
// first and a keyboard user can follow its links to the fields.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary[tabindex]");
  if (summary) summary.focus();
});
