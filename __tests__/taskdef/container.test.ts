import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { trafficContainer } from '../../src/taskdef/container';

const app: ContainerDefinition = { name: 'app', portMappings: [{ containerPort: 3000 }] };
const hello: ContainerDefinition = { name: 'hello', portMappings: [{ containerPort: 3000 }] };
const sidecar: ContainerDefinition = { name: 'envoy', essential: true };
const choice = (containerName?: string) => ({ service: 'hello', taskDefinition: { containerName } });

describe('trafficContainer: one rule for the render and the deploy', () => {
  it('takes the container named by container-name, and nothing else when it is missing', () => {
    expect(trafficContainer([app, sidecar], choice('envoy'))).toBe(sidecar);
    expect(trafficContainer([app], choice('web'))).toBeUndefined();
  });

  it('else the only container, whatever its name', () => {
    expect(trafficContainer([app], choice())).toBe(app);
  });

  it('else the one named like the service', () => {
    expect(trafficContainer([sidecar, hello], choice())).toBe(hello);
  });

  it('never guesses among several by port or essential flag', () => {
    expect(trafficContainer([app, sidecar], choice())).toBeUndefined();
    expect(trafficContainer(undefined, choice())).toBeUndefined();
  });
});
