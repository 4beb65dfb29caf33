export const cisDocker = {
  id: 'cis-docker-1.6',
  name: 'CIS Docker Benchmark',
  version: 'v1.6.0',
  controls: {
    '4.1': 'Ensure that a user for the container has been created',
    '4.2': 'Ensure that containers use only trusted base images',
    '4.3': 'Ensure that unnecessary packages are not installed in the container',
    '4.6': 'Ensure that HEALTHCHECK instructions have been added to container images',
    '4.7': 'Ensure update instructions are not used alone in Dockerfiles',
    '4.9': 'Ensure that COPY is used instead of ADD in Dockerfiles',
    '4.10': 'Ensure secrets are not stored in Dockerfiles',
    '4.11': 'Ensure only verified packages are installed',
  },
};
