// Stands in for Office.js from Microsoft's CDN in browser tests: Office.onReady, the display language,
// CustomFunctions, and Excel.run over the in-memory workbook of test/helpers/in-memory-book.js.
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

  var memory = window.InMemoryBook;
  function range(sheet, address) {
    var cells = memory.read(sheet, address);
    var result = { address: sheet + '!' + address, values: cells.values, load: function () { return result; } };
    Object.defineProperty(result, 'formulas', {
      get: function () { return cells.formulas; },
      set: function (rows) { memory.write(sheet, address, rows[0][0]); },
    });
    Object.defineProperty(result, 'numberFormat', {
      get: function () { return [['General']]; },
      set: function (rows) { memory.book.formats[sheet + '!' + cells.first] = rows[0][0]; },
    });
    return result;
  }
  function worksheet(name) {
    return {
      getRange: function (address) { return range(name, address); },
      getUsedRange: function () { return range(name, memory.usedAddress(name)); },
    };
  }
  window.Excel = {
    run: function (batch) {
      var book = memory.book;
      return Promise.resolve(batch({
        workbook: {
          getSelectedRange: function () { return range(book.active, book.selection); },
          worksheets: {
            getItem: worksheet,
            getActiveWorksheet: function () { return worksheet(book.active); },
            load: function () {
              return { items: Object.keys(book.sheets).map(function (name) { return { name: name }; }), add: memory.addSheet };
            },
          },
        },
        sync: function () { return Promise.resolve(); },
      }));
    },
  };

  window.Office = {
    context: { displayLanguage: window.__officeDisplayLanguage || 'en-US' },
    onReady: function (callback) {
      var ready = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
