import { Navigate } from 'react-router';

/** An unknown address under /tools goes to the tools page rather than a dead end. */
export function NotFoundInTools() {
  return <Navigate to="/tools" replace />;
}
