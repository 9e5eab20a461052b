import { randomUUID } from 'node:crypto';
import type { World } from '../../core/world';
import type { AcmContract } from '../../core/contracts';
import { ownState } from '../../core/own-state';
import { AwsError } from '../../core/errors';

/** ACM's certificate statuses (DescribeCertificate's Certificate.Status). */
export const CERTIFICATE_STATUSES = [
  'PENDING_VALIDATION',
  'ISSUED',
  'INACTIVE',
  'EXPIRED',
  'VALIDATION_TIMED_OUT',
  'REVOKED',
  'FAILED',
] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateRecord {
  arn: string;
  domainName: string;
  subjectAlternativeNames: string[];
  status: CertificateStatus;
  type: 'AMAZON_ISSUED' | 'IMPORTED';
  createdAt: number;
  issuedAt?: number;
  notBefore?: number;
  notAfter?: number;
}

/** An ACM-issued certificate is valid for 13 months (395 days) from its issue. */
const VALIDITY_MS = 395 * 24 * 3600 * 1000;

export const certificateNotFound = (arn: string) =>
  new AwsError('ResourceNotFoundException', `Could not find certificate ${arn}.`);

const own = ownState<AcmState>('ACM');

/** The account's certificates in this region. */
export class AcmState implements AcmContract {
  static of(world: World): AcmState {
    return own.of(world);
  }

  certificates = new Map<string, CertificateRecord>();

  constructor(readonly world: World) {
    own.register(world, this);
  }

  /** A certificate as RequestCertificate makes it (PENDING_VALIDATION) or already issued (the admin API). */
  add(domainName: string, subjectAlternativeNames: string[], status: CertificateStatus): CertificateRecord {
    const now = this.world.clock.nowMs();
    const cert: CertificateRecord = {
      arn: `arn:aws:acm:${this.world.region}:${this.world.accountId}:certificate/${randomUUID()}`,
      domainName,
      subjectAlternativeNames: [...new Set([domainName, ...subjectAlternativeNames])],
      status: 'PENDING_VALIDATION',
      type: 'AMAZON_ISSUED',
      createdAt: now,
    };
    this.certificates.set(cert.arn, cert);
    this.setStatus(cert.arn, status);
    return cert;
  }

  /** Moves a certificate to a status (the admin API: validation done, expiry, revocation). */
  setStatus(arn: string, status: CertificateStatus): CertificateRecord {
    const cert = this.certificates.get(arn);
    if (!cert) throw certificateNotFound(arn);
    cert.status = status;
    if (status === 'ISSUED' && cert.issuedAt === undefined) {
      cert.issuedAt = this.world.clock.nowMs();
      cert.notBefore = cert.issuedAt;
      cert.notAfter = cert.issuedAt + VALIDITY_MS;
    }
    return cert;
  }

  /** What a listener may use: an ISSUED certificate of this account and region (ELBv2's CertificateNotFound otherwise). */
  usable(arn: string): boolean {
    return this.certificates.get(arn)?.status === 'ISSUED';
  }

  snapshot(): unknown {
    return { certificates: [...this.certificates.values()] };
  }

  restore(data: unknown): void {
    const d = data as { certificates?: CertificateRecord[] } | undefined;
    this.certificates = new Map((d?.certificates ?? []).map((c) => [c.arn, c]));
  }

  stop(): void {}
}
