import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/currentUser';

/**
 * Logging in and creating an account lead home: at once for a member who is
 * already in (unless the form has just been sent), and once the form succeeds.
 */
export function useHomeOnceIn(sending: { isIdle: boolean }) {
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  return {
    alreadyIn: Boolean(currentUser.data) && sending.isIdle,
    goHome: () => void navigate('/', { replace: true }),
  };
}
