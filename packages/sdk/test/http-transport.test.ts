// The SDK's own transport (ky) against the transport's contract.
import { transportCases } from './transport-cases.js';

transportCases();
