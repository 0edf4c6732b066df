/**
 * The welcome notebook's exercises: small warm-ups that show how an exercise works (write a class, then grade it)
 * while touching two things every later part uses, amounts of satoshis and hexadecimal text.
 */
package layers.exercises.welcome;
