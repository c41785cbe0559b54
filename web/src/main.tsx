import { render } from 'preact';
import { App } from './app.js';
import './styles.css';
import './clerk.css';

render(<App />, document.getElementById('app')!);
