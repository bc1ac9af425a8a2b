/* LD_PRELOAD shim for the OpenSMTPD 6.8.0p2 of Debian 12, used only by scripts/testbed.
 *
 * That build never completes a TLS handshake with OpenSSL 3 ("missing private key",
 * "EVP lib"; upstream issues OpenSMTPD#1171 and #1239, fixed upstream in later releases).
 * Its network process gets the public key of the certificate, takes the RSA key with
 * EVP_PKEY_get1_RSA() and tags it with RSA_set_ex_data() so that the private-key
 * operations are forwarded to the privilege-separated "ca" process. Under OpenSSL 3,
 * get1_RSA returns a cached copy, so the tag never reaches the key the TLS library
 * uses. This shim writes the tagged copy back with EVP_PKEY_set1_RSA(), which is what
 * the upstream fix does. It changes nothing else. Built by `scripts/testbed up`.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
typedef struct rsa_st RSA;
typedef struct evp_pkey_st EVP_PKEY;
static EVP_PKEY *last_pkey;
static RSA *last_rsa;
RSA *EVP_PKEY_get1_RSA(EVP_PKEY *pkey)
{
    static RSA *(*real)(EVP_PKEY *);
    if (!real) real = (RSA * (*)(EVP_PKEY *)) dlsym(RTLD_NEXT, "EVP_PKEY_get1_RSA");
    RSA *r = real(pkey);
    last_pkey = pkey;
    last_rsa = r;
    return r;
}
int RSA_set_ex_data(RSA *r, int idx, void *arg)
{
    static int (*real)(RSA *, int, void *);
    static int (*set1)(EVP_PKEY *, RSA *);
    if (!real) real = (int (*)(RSA *, int, void *))dlsym(RTLD_NEXT, "RSA_set_ex_data");
    if (!set1) set1 = (int (*)(EVP_PKEY *, RSA *))dlsym(RTLD_NEXT, "EVP_PKEY_set1_RSA");
    int rc = real(r, idx, arg);
    if (rc == 1 && r != NULL && r == last_rsa && last_pkey != NULL && set1 != NULL)
        set1(last_pkey, r);
    last_pkey = NULL;
    last_rsa = NULL;
    return rc;
}
