import type { RequestContext, ServiceDefinition } from '../../core/service';
import { AwsError } from '../../core/errors';
import { AcmState, certificateNotFound, CERTIFICATE_STATUSES, type CertificateRecord } from './state';

type Input = Record<string, any>;

const acm = (ctx: RequestContext): AcmState => AcmState.of(ctx.world);
const validation = (message: string) => new AwsError('ValidationException', message);

/** ACM's ARN pattern (the API reference's Arn type). */
const ARN = /^arn:[\w+=/,.@-]+:acm:[\w+=/,.@-]*:[0-9]+:[\w+=,.@-]+(\/[\w+=,.@-]+)*$/;
/** DomainNameString: 1-253 characters, labels of letters, digits and hyphens, an optional leading '*.'. */
const DOMAIN = /^(\*\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$/;

function certificateArn(input: Input): string {
  const arn = input.CertificateArn;
  if (typeof arn !== 'string' || arn.length === 0)
    throw validation(
      `1 validation error detected: Value null at 'certificateArn' failed to satisfy constraint: Member must not be null`,
    );
  if (arn.length > 2048 || !ARN.test(arn))
    throw new AwsError('InvalidArnException', `${arn} is not a valid ARN.`);
  return arn;
}

function domainName(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.length === 0)
    throw validation(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  if (v.length > 253 || !DOMAIN.test(v))
    throw validation(
      `1 validation error detected: Value '${v}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(\\*\\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$`,
    );
  return v;
}

const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

function certificateView(c: CertificateRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    CertificateArn: c.arn,
    DomainName: c.domainName,
    SubjectAlternativeNames: c.subjectAlternativeNames,
    Status: c.status,
    Type: c.type,
    CreatedAt: date(c.createdAt),
    IssuedAt: date(c.issuedAt),
    NotBefore: date(c.notBefore),
    NotAfter: date(c.notAfter),
    KeyAlgorithm: 'RSA-2048',
    SignatureAlgorithm: 'SHA256WITHRSA',
    InUseBy: [],
    RenewalEligibility: c.status === 'ISSUED' ? 'ELIGIBLE' : 'INELIGIBLE',
  };
  for (const k of Object.keys(view)) if (view[k] === undefined) delete view[k];
  return view;
}

/**
 * ACM (AWS Certificate Manager), as much as a deploy with an HTTPS listener needs: certificates
 * requested (they stay PENDING_VALIDATION: there is no DNS to validate them here; the admin API
 * issues them), described and listed. ELBv2 listeners take only ISSUED ones.
 */
export const definition: ServiceDefinition = {
  signingName: 'acm',
  protocol: 'json',
  targetPrefix: 'CertificateManager',
  operations: {
    RequestCertificate: (input: Input, ctx) => {
      const name = domainName(input.DomainName, 'domainName');
      const sans = Array.isArray(input.SubjectAlternativeNames)
        ? input.SubjectAlternativeNames.map((s: unknown, i: number) =>
            domainName(s, `subjectAlternativeNames.${i + 1}.member`),
          )
        : [];
      if (sans.length > 100)
        throw validation(
          `1 validation error detected: Value at 'subjectAlternativeNames' failed to satisfy constraint: Member must have length less than or equal to 100`,
        );
      return { CertificateArn: acm(ctx).add(name, sans, 'PENDING_VALIDATION').arn };
    },
    DescribeCertificate: (input: Input, ctx) => {
      const arn = certificateArn(input);
      const cert = acm(ctx).certificates.get(arn);
      if (!cert) throw certificateNotFound(arn);
      return { Certificate: certificateView(cert) };
    },
    ListCertificates: (input: Input, ctx) => {
      const statuses: unknown[] = Array.isArray(input.CertificateStatuses) ? input.CertificateStatuses : [];
      for (const s of statuses)
        if (!(CERTIFICATE_STATUSES as readonly unknown[]).includes(s))
          throw validation(
            `1 validation error detected: Value '[${String(s)}]' at 'certificateStatuses' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${CERTIFICATE_STATUSES.join(', ')}]]`,
          );
      const list = [...acm(ctx).certificates.values()].filter(
        (c) => statuses.length === 0 || statuses.includes(c.status),
      );
      return {
        CertificateSummaryList: list.map((c) => ({
          CertificateArn: c.arn,
          DomainName: c.domainName,
          Status: c.status,
          Type: c.type,
        })),
      };
    },
  },
};
