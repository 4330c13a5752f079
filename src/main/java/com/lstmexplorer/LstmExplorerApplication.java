package com.lstmexplorer;

import com.lstmexplorer.bench.BenchCommand;
import com.lstmexplorer.datasets.DatasetsCommand;
import com.lstmexplorer.model.cell.KernelChoice;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LstmExplorerApplication {
    private static final Logger log = LoggerFactory.getLogger(LstmExplorerApplication.class);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("datasets")) {
            DatasetsCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("bench")) {
            BenchCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(LstmExplorerApplication.class, args);
    }

    /** Says which matrix kernels train here and why, before the seed networks start training. */
    @EventListener(ApplicationStartedEvent.class)
    void logKernelChoice() {
        log.info(KernelChoice.current().line());
    }
}
