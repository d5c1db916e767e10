// npm test's first step: a browser for the browser tests and LibreOffice for the .xlsx ones, found, or on Debian as root installed; else one line on what to install.
import {
  BROWSER_VARIABLE, canInstallDebianPackages, findBrowser, findSoffice, installDebianPackages, missingDebianPackages,
} from './browser';

function main(): number {
  let search = findBrowser();
  const debian = canInstallDebianPackages();
  if (debian) {
    // Only what is missing: the browser where none was found, the fonts for Persian and Greek and LibreOffice always.
    const missing = missingDebianPackages().filter((name) => {
      if (name === 'chromium') return !search.found && !process.env[BROWSER_VARIABLE];
      // Any LibreOffice will do: Debian's without a desktop only where none is found.
      if (name === 'libreoffice-calc-nogui') return 'problem' in findSoffice();
      return true;
    });
    if (missing.length > 0) {
      console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
      if (!installDebianPackages(missing)) console.error(`apt-get could not install ${missing.join(' ')}.`);
      search = findBrowser();
    }
  }
  if ('problem' in search) {
    console.error(search.problem);
    return 1;
  }
  console.log(`Browser for the tests: ${search.found}${search.from === 'variable' ? ` (from ${BROWSER_VARIABLE})` : ''}`);
  const soffice = findSoffice();
  if ('problem' in soffice) {
    console.error(soffice.problem);
    return 1;
  }
  console.log(`LibreOffice for the .xlsx tests: ${soffice.found}`);
  return 0;
}

process.exitCode = main();
