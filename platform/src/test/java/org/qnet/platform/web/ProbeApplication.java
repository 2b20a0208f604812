package org.qnet.platform.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Configuration for the HTTP slice tests of the platform; finds only {@link ProbeController}. */
@SpringBootApplication
class ProbeApplication {
}
