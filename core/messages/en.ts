// Every message a function can give, in English: the catalogue's keys and templates (Persian and Greek beside it).

/**
 * A template names its parameters in braces; `{arg}{at}` is the argument and, when the problem is in one
 * cell of it, where (" cell D2"), so each language orders the sentence its own way.
 */
export const EN = {
  // ------------------------------------------------------------ framing
  withFunction: '{fn}: {detail}',
  inElement: '{detail} ({where})',
  at: ' {position}',
  positionCell: 'cell {address}',
  positionRow: 'row {row}',
  positionColumn: 'column {column}',
  positionRowColumn: 'row {row}, column {column}',
  // ------------------------------------------------------------ values as messages quote them
  valueBlank: 'blank',
  valueDate: 'the date {date}',
  valueInvalidDate: 'an invalid date',
  valueUnsupported: 'a value of an unsupported kind',
  // ------------------------------------------------------------ what an argument expects
  // What the user types stays in Latin digits, isolated left to right in Persian; Greek writes 0,5.
  expectedRate: 'a rate from 0 to 1: write 50% or 0.5',
  expectedNumber: 'a number',
  expectedWholeNumber: 'a whole number',
  expectedBetween: '{number} {min}–{max}',
  expectedAbove: '{number} above {min}',
  expectedAtLeast: '{number} of at least {min}',
  expectedDate: 'a date (a date cell, 2024-03-05 or 1402/12/15)',
  expectedText: 'text',
  expectedOneOf: 'one of {choices}',
  expectedHeadcount: 'a headcount of at least 0',
  // ------------------------------------------------------------ reading cells
  cellIs: '{arg}{at} is {value}, expected {expected}',
  cellBlank: '{arg}{at} is blank, expected {expected}',
  dateOrderAmbiguous: '{arg}{at} is {value}: no date in the range shows whether the day or the month comes first; write 2024-02-01',
  dateOrderConflict: '{arg}{at} is {value}, day first, but{other} is {otherValue}, month first; write the dates as 2024-02-01',
  notRectangular: '{arg} is not a rectangular range',
  // ------------------------------------------------------------ calling a function
  tooManyArgument: 'takes at most {max} argument, got {got}',
  tooManyArguments: 'takes at most {max} arguments, got {got}',
  missing: '{arg} is missing',
  cellsOne: '{n} cell',
  cellsMany: '{n} cells',
  pairSize: '{other} has {cells} and {arg} has {n}; they are read row by row, so they must be the same size',
  singleValue: '{arg} takes a single value, got a range of {n} cells',
  spillShape: '{first} is {firstRows}×{firstColumns} and {second} is {secondRows}×{secondColumns}; ranges given for single values must be the same size',
  resultTooLarge: 'the result is too large to compute',
  aResultTooLarge: 'a result is too large to compute',
  // ------------------------------------------------------------ nothing to compute on
  hasNoCounts: '{arg}{at} has no counts',
  hasNoOrders: '{arg}{at} has no orders',
  hasNoResponses: '{arg}{at} has no responses',
  hasNoAmounts: '{arg}{at} has no amounts',
  hasNoRep: '{arg}{at} has no rep',
  hasNoAccount: '{arg}{at} has no account',
  hasNoRatings: '{arg}{at} has no ratings',
  hasNoSource: '{arg}{at} has no source',
  hasNoWonOrLost: '{arg}{at} has no won or lost status',
  hasNoWonDeal: '{arg}{at} has no won deal',
  hasNoWonAmount: '{arg}{at} has no won deal with an amount',
  hasNoAmountToAverage: '{arg}{at} has no amount to average',
  noCompleteRow: 'no row has both {start} and {end}',
  // ------------------------------------------------------------ a zero that cannot be divided by
  zeroNothingToDivide: '{arg}{at} is 0, so there is nothing to divide by',
  zeroTopOfFunnel: '{arg}{at} is 0 at the top of the funnel, so no conversion can be computed',
  afterZeroStage: '{arg}{at} follows a stage of 0, so its conversion cannot be computed',
  zeroNoGrowth: '{arg}{at} is 0, so growth from it cannot be computed',
  zeroAverageNoGrowth: '{arg}{at} average 0, so growth from it cannot be computed',
  zeroNeverEarnedBack: '{arg}{at} is 0, so the cost is never earned back',
  zeroNoOneToRetain: '{arg}{at} is 0, so there is no one to retain',
  zeroNoMargin: '{arg}{at} add up to 0, so there is no margin',
  zeroNoShare: '{arg}{at} add up to 0, so no share can be computed',
  zeroEndlessLifetime: '{arg}{at} is 0, so the lifetime has no end',
  zeroNoCycle: '{arg}{at} is 0, so there is no cycle to spread the value over',
  zeroNoCustomer: '{arg}{at} is 0, so there is no customer to share the cost',
  zeroNoCostToCompare: '{arg}{at} is 0, so there is no cost to compare with',
  // ------------------------------------------------------------ numbers out of their domain
  largerThanStageBefore: '{arg}{at} is {value}, larger than the stage before it ({previous})',
  moreThan: '{arg}{at} is {value}, more than {other} ({limit})',
  minusNewMoreThanStart: '{arg}{at} minus {newCustomers} is {value}, more than {start} ({limit})',
  aboveScale: '{arg}{at} is {value}, above {scale} ({limit})',
  addsUpBelowZero: '{arg}{at} adds up to {value}, expected at least 0',
  afterAsOf: '{arg}{at} ({date}) is after {asOf} ({limit})',
  beforeStart: '{arg}{at} ({date}) is before its {start} ({limit})',
  beforeStartMany: '{arg}{at} ({date}) is before its {start} ({limit}), as in {n} rows',
  noSourceLabel: '(none)',
  // ------------------------------------------------------------ rows and ratings
  blankCustomerWithOrder: '{arg}{at} is blank but the order has a date or an amount',
  blankForOrderOf: '{arg}{at} is blank for an order of {customer}',
  notWholeRating: '{arg}{at} is {value}, expected a whole number 1–{scale}',
  notRating: '{arg}{at} is {value}, expected a rating 1–{scale} or excellent / good / average / poor',
  mixedRatings: '{arg}{at} mixes numbers and text ratings; use one or the other',
  // ------------------------------------------------------------ periods and subscriptions
  hasNoDates: '{arg}{at} has no dates',
  hasNoMrrRows: '{arg}{at} has no rows with a customer and a month',
  pastJalaliCalendar: '{arg}{at} ({date}) is past the last day of the Solar Hijri calendar ({last})',
  tooManyPeriods: '{arg}{at} spans {n} periods, more than {max}; group by a longer period',
  tooManyCohortColumns: '{arg}{at} spans {n} periods after the first cohort, more than {max}; group by a longer period',
  endBeforeStartMonth: '{arg}{at} ({date}) is before {start} ({limit})',
  noMrrInStartMonth: 'no customer has MRR in {arg}{at} ({month}), so there is nothing to retain',
  // ------------------------------------------------------------ customer value forecasting
  noOrdersByAsOf: '{arg}{at} has no order on or before {asOf} ({limit})',
  tooFewCustomers: '{arg}{at} has {n} customers; the model needs at least {min}',
  noRepeatPurchase: '{arg}{at} has no customer who bought on two different days by {limit}, so there is no repeat buying to learn from',
  repeatAmountNotPositive: '{arg}{at}: the purchase of {customer} on {date} adds up to {value}; order values must be above 0',
  noOptimum: 'the {model} fit found no best parameters for {arg}{at}: the customers are too much alike (or too few) to tell them apart',
  horizonTooFar: '{arg}{at} ({value}) reaches too far past these customers\' history for the forecast to be computed; use a shorter one',
  infiniteMeanOrderValue: '{arg}{at} give the {model} parameter {name} = {q}, at most 1, so the mean order value is not finite',
} as const;

export type MessageKey = keyof typeof EN;
