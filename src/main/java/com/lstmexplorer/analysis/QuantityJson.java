package com.lstmexplorer.analysis;

import com.lstmexplorer.model.cell.Quantity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** A {@link Quantity} is written in JSON by its id ("cell", "input"), as in traces and URLs. */
@Configuration(proxyBeanMethods = false)
class QuantityJson {

    @Bean
    JacksonModule quantityIds() {
        return new SimpleModule("quantity-ids").addSerializer(Quantity.class, new ValueSerializer<>() {
            @Override
            public void serialize(Quantity value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.id());
            }
        });
    }
}
