// Stands in for google.script.run in browser tests: the add-on's server functions over the in-memory workbook.
(function () {
  var memory = window.InMemoryBook;
  var calls = [];
  window.__serverCalls = calls;
  var server = {
    getSidebarContext: function () { return { locale: window.__userLocale || 'en' }; },
    wizardGetSelection: function () {
      var book = memory.book;
      return { sheet: book.active, address: book.selection, values: memory.read(book.active, book.selection).values };
    },
    wizardGetUsedRange: function (sheet) {
      var name = sheet || memory.book.active;
      var address = memory.usedAddress(name);
      return { sheet: name, address: address, values: memory.read(name, address).values };
    },
    wizardReadRange: function (ref) { return { sheet: ref.sheet, address: ref.address, values: memory.read(ref.sheet, ref.address).values }; },
    wizardGetCell: function (ref) {
      var cells = memory.read(ref.sheet, ref.address);
      var formula = cells.formulas[0][0];
      return { formula: typeof formula === 'string' && formula.charAt(0) === '=' ? formula : '', value: cells.values[0][0] };
    },
    wizardWriteFormula: function (ref, formula, format, spill) {
      memory.write(ref.sheet, ref.address, formula, format);
      // A table's columns each in their format, as the server's range.offset(0, c, rows, 1) sets them.
      if (spill) {
        var origin = memory.origin(ref.address.split(':')[0]);
        spill.formats.forEach(function (columnFormat, c) {
          if (columnFormat === undefined || columnFormat === null) return;
          var from = memory.address(origin.row, origin.col + c);
          var to = memory.address(origin.row + spill.rows - 1, origin.col + c);
          memory.book.formats[ref.sheet + '!' + (from === to ? from : from + ':' + to)] = columnFormat;
        });
      }
    },
    wizardCreateSheet: function (name) { memory.addSheet(name); return name; },
    // The language of the spreadsheet's messages, kept as the document property would keep it.
    messageLanguageGet: function () { return window.__messageLanguage || ''; },
    messageLanguageSet: function (language) { window.__messageLanguage = language; },
    // The real builder runs in Apps Script (tested in test/sheets-addon); here it adds the sheets it would.
    templateInsert: function (language) {
      if (window.__templateFailure) throw new Error(window.__templateFailure);
      var dashboard = { en: 'Dashboard', fa: 'داشبورد', el: 'Πίνακας ελέγχου' }[language];
      var sheets = ['Deals', 'Leads', 'Orders', 'Survey', 'Spend'];
      [dashboard].concat(sheets).forEach(function (name) { memory.addSheet(name); });
      memory.book.templateLanguage = language;
      return { dashboard: dashboard, sheets: sheets };
    },
    // The dashboard over the user's own sheet: planned in the sidebar, written here as the server writes a plan (tested in test/sheets-addon).
    templateTakenNames: function () { return { sheets: Object.keys(memory.book.sheets), names: [] }; },
    templateWriteDashboard: function (plan) {
      memory.addSheet(plan.sheet);
      plan.cells.forEach(function (cell) { memory.write(plan.sheet, memory.address(cell.row, cell.col), String(cell.content), cell.format); });
      memory.book.plannedDashboard = plan;
      return { dashboard: plan.sheet, sheets: [] };
    },
  };
  function runner(handlers) {
    var target = {
      withSuccessHandler: function (ok) { return runner({ ok: ok, fail: handlers.fail }); },
      withFailureHandler: function (fail) { return runner({ ok: handlers.ok, fail: fail }); },
    };
    Object.keys(server).forEach(function (name) {
      target[name] = function () {
        var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
        calls.push(name);
        setTimeout(function () {
          try {
            var result = server[name].apply(null, args);
            if (handlers.ok) handlers.ok(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
          } catch (error) {
            if (handlers.fail) handlers.fail(error);
          }
        }, 0);
      };
    });
    return target;
  }
  window.google = { script: { run: runner({}) } };
})();
