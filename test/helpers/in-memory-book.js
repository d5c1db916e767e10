// A small in-memory workbook for browser tests (window.__workbook): A1 ranges, values, formulas and formats.
(function () {
  function columnIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n - 1;
  }
  function letters(index) {
    return (index >= 26 ? letters(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
  }
  var book = window.__workbook || { active: 'Sheet1', selection: 'A1', sheets: { Sheet1: [] } };
  book.formulas = book.formulas || {};
  book.formats = book.formats || {};
  window.__book = book;
  window.InMemoryBook = {
    book: book,
    /** The cells of `address` on `sheet`: values, and formulas where a cell has one. */
    read: function (sheet, address) {
      var parts = address.toUpperCase().split(':');
      var from = /^([A-Z]+)(\d+)$/.exec(parts[0]);
      var to = /^([A-Z]+)(\d+)$/.exec(parts[1] || parts[0]);
      var cells = book.sheets[sheet];
      if (!cells) throw new Error('There is no sheet named ' + sheet);
      var values = [], formulas = [];
      for (var r = Number(from[2]) - 1; r <= Number(to[2]) - 1; r++) {
        var row = [], frow = [];
        for (var c = columnIndex(from[1]); c <= columnIndex(to[1]); c++) {
          var value = cells[r] && cells[r][c] !== undefined && cells[r][c] !== null ? cells[r][c] : '';
          row.push(value);
          frow.push(book.formulas[sheet + '!' + letters(c) + (r + 1)] || value);
        }
        values.push(row);
        formulas.push(frow);
      }
      return { first: parts[0], values: values, formulas: formulas };
    },
    usedAddress: function (sheet) {
      var cells = book.sheets[sheet];
      var width = 1;
      for (var i = 0; i < cells.length; i++) width = Math.max(width, cells[i].length);
      return 'A1:' + letters(width - 1) + Math.max(1, cells.length);
    },
    write: function (sheet, address, formula, format) {
      var first = address.toUpperCase().split(':')[0];
      book.formulas[sheet + '!' + first] = formula;
      if (format !== undefined && format !== null) book.formats[sheet + '!' + first] = format;
    },
    addSheet: function (name) { book.sheets[name] = []; },
    address: function (row, col) { return letters(col) + (row + 1); },
    /** The 0-based row and column of a cell such as B2. */
    origin: function (address) {
      var match = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
      return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
    },
  };
})();
