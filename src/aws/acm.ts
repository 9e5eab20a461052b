import { ACMClient, DescribeCertificateCommand } from '@aws-sdk/client-acm';
import { isAwsError } from './errors';

/** What preflight needs to know of an ACM certificate. */
export interface CertificateView {
  status: string;
  domainName?: string;
}

/** The certificate, or undefined when ACM has none with that ARN in this account and region. */
export async function describeCertificate(
  client: ACMClient,
  arn: string,
): Promise<CertificateView | undefined> {
  try {
    const { Certificate: c } = await client.send(new DescribeCertificateCommand({ CertificateArn: arn }));
    return c && { status: c.Status ?? 'UNKNOWN', domainName: c.DomainName };
  } catch (error) {
    if (isAwsError(error, 'ResourceNotFoundException')) return undefined;
    throw error;
  }
}
