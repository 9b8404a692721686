/** The runnable entry point: {@link org.tandem.app.Main} wires the command line to the model. */
package org.tandem.app;
