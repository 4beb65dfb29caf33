/** Kubernetes manifests for the pull requests of the end-to-end tests. */
export const API_BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:2.3.1
          securityContext:
            privileged: true
`;

/** The same Deployment with lines inserted above its old finding: the finding moves, it is not new. */
export const API_SHIFTED = API_BASE.replace(
  '  replicas: 2\n',
  '  replicas: 3\n  revisionHistoryLimit: 5\n  minReadySeconds: 10\n  progressDeadlineSeconds: 120\n',
);

export const LEGACY = `apiVersion: v1
kind: Pod
metadata:
  name: legacy-agent
  namespace: ops
spec:
  containers:
    - name: agent
      image: registry.example.com/ops/agent:0.9.0
      securityContext:
        privileged: true
`;

export const DEBUG_POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug-shell
  namespace: shop
spec:
  containers:
    - name: shell
      image: registry.example.com/tools/shell:1.0.0
      securityContext:
        privileged: true
`;

export const DEBUG_POD_FIXED = DEBUG_POD.replace('privileged: true', 'privileged: false');

export const BASE_FILES = { 'k8s/api.yaml': API_BASE, 'k8s/legacy.yaml': LEGACY };
export const HEAD_FILES = { 'k8s/api.yaml': API_SHIFTED, 'k8s/debug.yaml': DEBUG_POD };
