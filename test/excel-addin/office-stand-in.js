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
    // A spilled table's columns, formatted by their address as Office.js would take them.
    result.getOffsetRange = function (rowOffset, columnOffset) {
      var origin = memory.origin(cells.first);
      return resized(sheet, origin.row + rowOffset, origin.col + columnOffset, 0, 0);
    };
    return result;
  }
  function resized(sheet, row, col, rows, cols) {
    var block = {
      getResizedRange: function (moreRows, moreCols) { return resized(sheet, row, col, rows + moreRows, cols + moreCols); },
    };
    Object.defineProperty(block, 'numberFormat', {
      set: function (values) {
        var from = memory.address(row, col);
        var to = memory.address(row + rows, col + cols);
        memory.book.formats[sheet + '!' + (from === to ? from : from + ':' + to)] = values[0][0];
      },
    });
    return block;
  }
  function worksheet(name) {
    return {
      getRange: function (address) { return range(name, address); },
      getUsedRange: function () { return range(name, memory.usedAddress(name)); },
    };
  }
  // What the dashboard template builder uses, recorded in memory.book.template: new sheets, tables, names,
  // charts, conditional formats, and each one-cell formula written into the in-memory book.
  function templateBook() {
    var book = memory.book;
    book.template = book.template || { tables: [], names: [], charts: [], conditionalFormats: [] };
    return book.template;
  }
  function newRange(sheet, row, col) {
    var range = {
      top: row * 15,
      left: col * 48,
      format: { font: {}, fill: {}, autofitColumns: function () {} },
      conditionalFormats: {
        add: function (type) {
          var format = { sheet: sheet, row: row, col: col, type: type, colorScale: {} };
          templateBook().conditionalFormats.push(format);
          return format;
        },
      },
    };
    range.load = function () { return range; };
    Object.defineProperty(range, 'formulas', {
      set: function (rows) { memory.write(sheet, memory.address(row, col), rows[0][0]); },
    });
    return range;
  }
  function newWorksheet(name) {
    return {
      name: name,
      getRangeByIndexes: function (row, col) { return newRange(name, row, col); },
      tables: { add: function () { var table = { sheet: name }; templateBook().tables.push(table); return table; } },
      charts: {
        add: function (type) {
          var chart = { type: type, title: {}, legend: {}, axes: { categoryAxis: {} }, dataLabels: {}, series: { getItemAt: function () { return { setXAxisValues: function () {} }; } } };
          templateBook().charts.push(chart);
          return chart;
        },
      },
      freezePanes: { freezeRows: function () {} },
      activate: function () { memory.book.active = name; },
    };
  }
  function collection(items, extra) {
    var result = { items: items, load: function () { return result; } };
    Object.keys(extra).forEach(function (key) { result[key] = extra[key]; });
    return result;
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
            add: function (name) { memory.addSheet(name); return newWorksheet(name); },
            load: function () {
              return {
                items: Object.keys(book.sheets).map(function (name) { return { name: name }; }),
                add: function (name) { memory.addSheet(name); return newWorksheet(name); },
              };
            },
          },
          names: collection(templateBook().names, { add: function (name, formula) { templateBook().names.push({ name: name, formula: formula }); } }),
          tables: collection([], {}),
        },
        sync: function () { return Promise.resolve(); },
      }));
    },
  };

  var settings = {};
  window.__documentSettings = settings;
  window.__startupBehavior = 'None';
  window.Office = {
    addin: {
      setStartupBehavior: function (behavior) { window.__startupBehavior = behavior; return Promise.resolve(); },
    },
    context: {
      displayLanguage: window.__officeDisplayLanguage || 'en-US',
      document: {
        settings: {
          set: function (key, value) { settings[key] = value; },
          saveAsync: function (callback) { callback({ status: 'succeeded' }); },
        },
      },
    },
    onReady: function (callback) {
      var ready = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
