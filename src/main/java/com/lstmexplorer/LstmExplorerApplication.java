package com.lstmexplorer;

import com.lstmexplorer.bench.BenchCommand;
import com.lstmexplorer.datasets.DatasetsCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LstmExplorerApplication {
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
}
