import { render } from 'preact';

render(<main>Offboard</main>, document.getElementById('app')!);
