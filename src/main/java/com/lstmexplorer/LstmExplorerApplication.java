package com.lstmexplorer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LstmExplorerApplication {
    public static void main(String[] args) {
        SpringApplication.run(LstmExplorerApplication.class, args);
    }
}
