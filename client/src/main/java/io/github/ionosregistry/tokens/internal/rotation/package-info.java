/**
 * Internal, not API: the rotation. Its rules, each in one class named as the docs name it ({@link RotationNames},
 * {@link SuccessorDue}, {@link Lifetime}, {@link Lease}, {@link Grace}, {@link SuccessorScopes}), and the two
 * rotations over them as the same sequence of steps ({@link RotationSteps}): a holder's check
 * ({@link HolderRotation}) and the rotation of a shared base name ({@link SharedRotation}). May change in any
 * release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.rotation;

import org.jspecify.annotations.NullMarked;
