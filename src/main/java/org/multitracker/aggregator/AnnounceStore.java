package org.multitracker.aggregator;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Writes a batch of announces in one transaction (see {@link AnnounceWriter}). */
@Stateless
public class AnnounceStore {
  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject LogPartitions partitions;

  public void write(List<AnnounceRecord> batch) {
    try (Connection c = dataSource.getConnection()) {
      new AnnounceWriter(c).write(batch, partitions);
    } catch (SQLException e) {
      // A system exception: the container rolls the transaction back, the flusher keeps the batch.
      throw new EJBException(e);
    }
  }
}
