// The LAPACK routines mcda calls, declared by hand for the reference LAPACK built with gfortran
// (Debian's liblapack-dev, LP64: INTEGER is a 32-bit int).
//
// Every argument is passed by reference, matrices are column-major, and gfortran appends one hidden
// `size_t` length argument per CHARACTER argument, after all the visible ones.
#ifndef MCDA_CLAPACK_H
#define MCDA_CLAPACK_H

#include <stddef.h>

/// DGEEV: eigenvalues and, optionally, left/right eigenvectors of a general real n×n matrix.
void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a, const int *lda,
            double *wr, double *wi, double *vl, const int *ldvl, double *vr, const int *ldvr,
            double *work, const int *lwork, int *info,
            size_t jobvl_len, size_t jobvr_len);

/// DGESV: solves A X = B for a general real n×n matrix A by LU factorisation with partial pivoting.
void dgesv_(const int *n, const int *nrhs, double *a, const int *lda, int *ipiv,
            double *b, const int *ldb, int *info);

/// DGETF2: LU factorisation with partial pivoting, P A = L U, unblocked (the right size for small n).
/// Completes the factorisation even when a pivot is exactly zero (then info = its 1-based index).
void dgetf2_(const int *m, const int *n, double *a, const int *lda, int *ipiv, int *info);

/// DGETRS: solves A X = B (trans = 'N') with the LU factors from DGETRF or DGETF2.
void dgetrs_(const char *trans, const int *n, const int *nrhs, const double *a, const int *lda,
             const int *ipiv, double *b, const int *ldb, int *info,
             size_t trans_len);

#endif
