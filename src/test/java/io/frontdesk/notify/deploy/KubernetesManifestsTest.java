package io.frontdesk.notify.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.frontdesk.notify.arrears.config.ArrearsConfig;
import io.frontdesk.notify.channel.config.TwilioConfig;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.directory.holidays.HolidaysConfig;
import io.frontdesk.notify.messaging.MessagingConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;

/**
 * The manifests in k8s/ against the application itself: the probes answer, the container port is the
 * service's port, and every environment variable they set is one the service reads.
 */
@QuarkusTest
class KubernetesManifestsTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path BASE = Path.of("k8s/base");

    static JsonNode manifest(String file) throws IOException {
        return YAML.readTree(BASE.resolve(file).toFile());
    }

    static JsonNode container() throws IOException {
        return manifest("deployment.yaml").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyProbePathIsAHealthEndpointThatAnswers() throws IOException {
        JsonNode container = container();
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            assertThat(path).as(probe).startsWith("/q/health");
            given().get(path).then().statusCode(200);
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).isEqualTo("http");
        }
    }

    @Test
    void theContainerPortIsTheServicesDefaultPortAndTheServiceTargetsIt() throws IOException {
        Matcher port = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{PORT:(\\d+)}")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertThat(port.find()).isTrue();
        JsonNode http = container().at("/ports/0");
        assertThat(http.at("/name").asText()).isEqualTo("http");
        assertThat(http.at("/containerPort").asText()).isEqualTo(port.group(1));
        assertThat(manifest("service.yaml").at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    }

    @Test
    void theDeploymentReadsTheConfigMapAndTheSecretTheBaseDefines() throws IOException {
        JsonNode envFrom = container().at("/envFrom");
        assertThat(envFrom.findValuesAsText("name"))
                .contains(manifest("configmap.yaml").at("/metadata/name").asText(),
                        manifest("secret.example.yaml").at("/metadata/name").asText());
        JsonNode resources = container().at("/resources");
        assertThat(resources.at("/requests/memory").isMissingNode()).isFalse();
        assertThat(resources.at("/limits/memory").isMissingNode()).isFalse();
    }

    @Test
    void everyEnvironmentVariableOfTheManifestsIsASettingOfTheService() throws IOException {
        Set<String> known = knownSettings();
        List<String> names = new ArrayList<>();
        manifest("configmap.yaml").at("/data").fieldNames().forEachRemaining(names::add);
        manifest("secret.example.yaml").at("/stringData").fieldNames().forEachRemaining(names::add);
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(known).as("environment variable %s", name).contains(name);
        }
    }

    /**
     * Environment names the service reads: the ${VAR} references and keys of application.properties, the
     * keys of its config mappings, and the Quarkus settings it relies on.
     */
    static Set<String> knownSettings() throws IOException {
        Set<String> keys = new HashSet<>();
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Matcher reference = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]").matcher(properties);
        Set<String> names = new HashSet<>();
        while (reference.find()) {
            names.add(reference.group(1));
        }
        for (String line : properties.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).replaceFirst("^%[a-z]+\\.", ""));
            }
        }
        for (Class<?> mapping : List.of(FrontdeskConfig.class, TwilioConfig.class, ArrearsConfig.class,
                MessagingConfig.class, HolidaysConfig.class)) {
            mappingKeys(mapping, mapping.getAnnotation(ConfigMapping.class).prefix(), keys);
        }
        // read before Quarkus starts (EmbeddedPostgresServer) and by Quarkus extensions configured by environment
        keys.addAll(List.of("frontdesk.embedded-db.enabled", "frontdesk.embedded-db.data-dir",
                "quarkus.mailer.username", "quarkus.mailer.password", "quarkus.mailer.host", "quarkus.mailer.port",
                "mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location"));
        for (String key : keys) {
            names.add(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return names;
    }

    static void mappingKeys(Class<?> mapping, String prefix, Set<String> keys) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || method.getParameterCount() > 0) {
                continue;
            }
            String key = prefix + "." + method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() == mapping) {
                mappingKeys(method.getReturnType(), key, keys);
            } else {
                keys.add(key);
            }
        }
    }
}
