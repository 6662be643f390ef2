/** The exemptions list, requests and decisions. */
@NullMarked
package org.parkgate.exemption.ui;

import org.jspecify.annotations.NullMarked;
