// Stands in for Office.js from Microsoft's CDN in browser tests: Office.onReady, the display language, CustomFunctions.
(function () {
  var associated = [];
  function CustomFunctionError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id) { associated.push(id); },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  };
  window.__associated = associated;
  window.Office = {
    context: { displayLanguage: window.__officeDisplayLanguage || 'en-US' },
    onReady: function (callback) {
      var ready = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
