package org.spinechoice.app.demo;

/**
 * A demo patient's made-up state at one time point, each part from 0 (none) to 1 (the worst), from which their
 * questionnaire answers are drawn ({@link SyntheticAnswers}).
 *
 * @param disability how much the symptoms limit daily life (ODI, NDI, ZCQ, walking)
 * @param axialPain back or neck pain
 * @param limbPain leg or arm pain
 * @param myelopathy signs of spinal cord compression in the neck (mJOA)
 * @param relief how much better than at baseline the patient feels (ZCQ satisfaction); 0 at baseline
 */
record Symptoms(double disability, double axialPain, double limbPain, double myelopathy, double relief) {

    Symptoms {
        for (double part : new double[] {disability, axialPain, limbPain, myelopathy}) {
            if (part < 0 || part > 1) {
                throw new IllegalArgumentException("symptoms lie in 0..1: " + part);
            }
        }
    }
}
