/**
 * The shared words of SpineChoice: the ids that intake answers, evidence files and JSON all use.
 *
 * <p>Every value here is a closed vocabulary; a typo in a data file or a request is an error, never a silent
 * default.
 */
package org.spinechoice.vocabulary;
