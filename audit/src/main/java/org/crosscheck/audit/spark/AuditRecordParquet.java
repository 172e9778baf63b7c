// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.crosscheck.audit.AuditRecord;

/**
 * {@link AuditRecord}s as Parquet rows, the {@code evaluations.csv} columns with their types
 * ({@code line} a long, {@code recordedAppropriate} a boolean, the others strings; all nullable),
 * as Spark itself writes them: the same Parquet types and, in the footer, the Spark schema, so that
 * Spark reads the files back with exactly these column types.
 */
final class AuditRecordParquet extends WriteSupport<AuditRecord> {

  /** The rows' Spark schema. */
  static final StructType SPARK_SCHEMA = sparkSchema();

  private static final MessageType SCHEMA = parquetSchema();

  /** Where Spark keeps its schema in a Parquet footer ({@code ParquetReadSupport}). */
  private static final String SPARK_METADATA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private static final int LINE = AuditRecord.COLUMNS.indexOf("line");
  private static final int RECORDED_APPROPRIATE =
      AuditRecord.COLUMNS.indexOf("recordedAppropriate");

  private RecordConsumer out;

  private static StructType sparkSchema() {
    StructField[] fields = new StructField[AuditRecord.COLUMNS.size()];
    for (int i = 0; i < fields.length; i++) {
      String c = AuditRecord.COLUMNS.get(i);
      fields[i] =
          DataTypes.createStructField(
              c,
              c.equals("line")
                  ? DataTypes.LongType
                  : c.equals("recordedAppropriate") ? DataTypes.BooleanType : DataTypes.StringType,
              true);
    }
    return DataTypes.createStructType(fields);
  }

  private static MessageType parquetSchema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (String c : AuditRecord.COLUMNS) {
      switch (c) {
        case "line" -> b.optional(PrimitiveTypeName.INT64).named(c);
        case "recordedAppropriate" -> b.optional(PrimitiveTypeName.BOOLEAN).named(c);
        default ->
            b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
      }
    }
    return b.named("spark_schema");
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(SCHEMA, Map.of(SPARK_METADATA_KEY, SPARK_SCHEMA.json()));
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(AuditRecord r) {
    List<String> cells = r.cells();
    out.startMessage();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell == null) {
        continue;
      }
      String name = AuditRecord.COLUMNS.get(i);
      out.startField(name, i);
      if (i == LINE) {
        out.addLong(r.line());
      } else if (i == RECORDED_APPROPRIATE) {
        out.addBoolean(r.recordedAppropriate());
      } else {
        // array-backed: the dictionary encoder compares and hashes arrays far faster than the
        // ByteBuffer of Binary.fromString
        out.addBinary(Binary.fromConstantByteArray(cell.getBytes(StandardCharsets.UTF_8)));
      }
      out.endField(name, i);
    }
    out.endMessage();
  }

  /** A Parquet writer of audit rows. */
  static final class Builder extends ParquetWriter.Builder<AuditRecord, Builder> {

    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<AuditRecord> getWriteSupport(Configuration conf) {
      return new AuditRecordParquet();
    }
  }
}
