package io.github.tsunagari.interchange.threesixtygiving;

import java.util.List;

/**
 * A 360Giving spreadsheet was asked for as CSV, which holds one sheet, and the grants need more: a grant has several
 * items of an array (several beneficiary locations), which go to a sheet of their own. Nothing was written. Write the
 * workbook instead ({@link GivingSpreadsheet#XLSX}).
 */
public final class MultipleSheetsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The sheets the grants need, the grants' own first. */
  private final List<String> sheetNames;

  MultipleSheetsException(List<String> sheetNames, String firstGrantId) {
    super("the 360Giving spreadsheet was not written: a CSV file holds one sheet, and the grants need the sheets "
        + sheetNames + " (the grant " + firstGrantId + " has several items of an array); write XLSX");
    this.sheetNames = List.copyOf(sheetNames);
  }

  /**
   * The sheets the grants need, the grants' own first, as a workbook names them.
   *
   * @return their names
   */
  public List<String> getSheetNames() {
    return sheetNames;
  }
}
