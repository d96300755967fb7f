package io.github.tsunagari.spring;

import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.tables.GrantTableReader;
import io.github.tsunagari.validation.GrantValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * Tables of grants, read by {@code tsunagari-tables} when it is on the class path (the auto-configuration names this
 * class only then): CSV holds grants; an XLSX workbook grants, or a program on two sheets. Every finding names its
 * cell.
 */
enum TableBody implements GrantBody {
  /** A CSV file: {@code text/csv}. */
  CSV(new MediaType("text", "csv")),
  /** An XLSX workbook: {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}. */
  XLSX(new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  private final MediaType mediaType;

  TableBody(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  @Override
  public List<MediaType> mediaTypes() {
    return List.of(mediaType);
  }

  /** CSV holds grants; a workbook grants or a program. */
  @Override
  public boolean holds(Target target) {
    return target == Target.GRANTS || this == XLSX && target == Target.PROGRAM;
  }

  @Override
  public ReadResult<?> read(Target target, InputStream body, Optional<GrantValidator> validator, GrantValidator rules)
      throws IOException {
    GrantTableReader reader = GrantTableReader.create(rules);
    if (this == CSV) {
      return reader.readCsvGrants(body);
    }
    return target == Target.PROGRAM ? reader.readXlsxProgram(body)
        : reader.readXlsxGrants(body);
  }
}
