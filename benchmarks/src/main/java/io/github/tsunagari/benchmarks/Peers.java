package io.github.tsunagari.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * (8) The Java peers of the whole-process comparison, each run as its own JVM by {@code run.sh} on the same file as
 * the command-line validator, and printing what it found:
 * <ul>
 *   <li>{@code records FILE}: Jackson databind into plain records ({@link PlainRecords}) and Hibernate Validator on
 *       each: what a user would write by hand, checking a few field constraints;</li>
 *   <li>{@code networknt SCHEMA FILE}: networknt json-schema-validator (draft 2020-12, formats asserted) on each grant
 *       against the grant definition of the library's JSON Schema: a schema-only validator, no check digits and no
 *       rules across records or fields.</li>
 * </ul>
 * A file whose name ends in {@code .jsonl} is JSON Lines, any other an array of grants.
 */
public final class Peers {
  private static final String SCHEMA_ID = "https://tsunagari.github.io/schema/grant-program.schema.json";

  private Peers() {}

  /**
   * Runs one peer.
   *
   * @param args the peer, then its files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long records = 0;
    long invalid = 0;
    if (args[0].equals("records")) {
      ObjectReader reader = new ObjectMapper().readerFor(PlainRecords.Grant.class);
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
          MappingIterator<PlainRecords.Grant> grants = reader.readValues(new File(args[1]))) {
        Validator validator = factory.getValidator();
        while (grants.hasNext()) {
          records++;
          if (!validator.validate(grants.next()).isEmpty()) {
            invalid++;
          }
        }
      }
    } else if (args[0].equals("networknt")) {
      String schema = Files.readString(Path.of(args[1]));
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemas(Map.of(SCHEMA_ID, schema))
              .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      Schema grant = registry.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/grant"));
      try (tools.jackson.databind.MappingIterator<JsonNode> grants = JsonMapper.builder().build()
          .readerFor(JsonNode.class).readValues(new File(args[2]))) {
        while (grants.hasNext()) {
          records++;
          if (!grant.validate(grants.next()).isEmpty()) {
            invalid++;
          }
        }
      }
    } else {
      throw new IllegalArgumentException("no such peer: " + args[0]);
    }
    System.out.println(records + " records, " + invalid + " invalid");
  }
}
