// The Photon's LED states in the operator's words (shared/led.ts): what each looks like, what it
// means and what to do. Ids are led.<state>.label|meaning|advice, one triple per LED_STATE_IDS entry.
import { msg } from '../define';

export const EN_LED = {
  'led.listening.label': msg('Blinking dark blue'),
  'led.listening.meaning': msg(
    'Listening mode: the Photon offers its Photon-… network and waits for setup.',
  ),
  'led.listening.advice': msg(
    'This is where setup starts. If the LED shows something else, hold SETUP for about 3 seconds until it blinks dark blue.',
  ),
  'led.wifi-joining.label': msg('Blinking green'),
  'led.wifi-joining.meaning': msg('The Photon is joining the Wi-Fi network it was given.'),
  'led.wifi-joining.advice': msg(
    'Normally a few seconds. Blinking green for more than a minute means it cannot join: check the network name, its password and that it is 2.4 GHz.',
  ),
  'led.dhcp.label': msg('Fast blinking green'),
  'led.dhcp.meaning': msg('Joined the network; asking the router for an address (DHCP).'),
  'led.dhcp.advice': msg(
    'If it stays here, the router gives it no address: check the DHCP pool, MAC filtering, or a captive portal.',
  ),
  'led.wifi-connected.label': msg('Breathing green'),
  'led.wifi-connected.meaning': msg('On Wi-Fi but not connected to the Particle cloud.'),
  'led.wifi-connected.advice': msg(
    'Briefly normal after DHCP. If it stays, the firmware keeps the cloud off (manual mode or blocking code): reflash Tinker or the product firmware.',
  ),
  'led.cloud-connecting.label': msg('Blinking cyan'),
  'led.cloud-connecting.meaning': msg('On Wi-Fi with an address; reaching the Particle cloud.'),
  'led.cloud-connecting.advice': msg(
    'Normally a few seconds. If it stays, the network blocks the cloud (outbound UDP/TCP 5683 and 443): ask the network admin.',
  ),
  'led.cloud-handshake.label': msg('Fast blinking cyan'),
  'led.cloud-handshake.meaning': msg('Connected to the cloud; exchanging keys (handshake).'),
  'led.cloud-handshake.advice': msg(
    'Takes a second or two. Orange or red flashes here mean a key or server problem.',
  ),
  'led.connected.label': msg('Breathing cyan'),
  'led.connected.meaning': msg('Online: connected to the Particle cloud.'),
  'led.connected.advice': msg('Done. The device is on Wi-Fi and reachable from the cloud.'),
  'led.ota-update.label': msg('Blinking magenta'),
  'led.ota-update.meaning': msg('Receiving a firmware update over the air.'),
  'led.ota-update.advice': msg(
    'Normal on a first connection. Leave it powered; it restarts and comes back breathing cyan. It can take a few minutes.',
  ),
  'led.clearing-credentials.label': msg('Fast blinking blue'),
  'led.clearing-credentials.meaning': msg(
    'Clearing the stored Wi-Fi credentials (SETUP held for about 10 seconds).',
  ),
  'led.clearing-credentials.advice': msg(
    'Release SETUP once it blinks fast; it returns to blinking dark blue with no networks stored.',
  ),
  'led.wifi-idle.label': msg('Breathing dark blue'),
  'led.wifi-idle.meaning': msg('Wi-Fi module on but not connected to any network.'),
  'led.wifi-idle.advice': msg(
    'Put it back in listening mode (hold SETUP until blinking dark blue) and run setup again.',
  ),
  'led.cloud-unreachable-no-internet.label': msg('Blinking cyan with 2 red/orange flashes'),
  'led.cloud-unreachable-no-internet.meaning': msg('On Wi-Fi but the network has no internet.'),
  'led.cloud-unreachable-no-internet.advice': msg(
    'Check that this Wi-Fi network reaches the internet (try it from a laptop).',
  ),
  'led.cloud-unreachable.label': msg('Blinking cyan with 3 orange flashes'),
  'led.cloud-unreachable.meaning': msg(
    'Internet works but the Particle cloud cannot be reached (or the server key is wrong).',
  ),
  'led.cloud-unreachable.advice': msg(
    'A firewall may block the Particle cloud. If the network is fine, the device keys may need repair (particle keys doctor).',
  ),
  'led.key-error.label': msg('Cyan with 1 orange flash'),
  'led.key-error.meaning': msg('The cloud handshake failed to decrypt: a key problem.'),
  'led.key-error.advice': msg(
    'Repair the device keys with the Particle CLI (particle keys doctor) over USB.',
  ),
  'led.auth-error.label': msg('Cyan with 1 magenta flash'),
  'led.auth-error.meaning': msg('The cloud refused the device (authentication error).'),
  'led.auth-error.advice': msg(
    'Repair the device keys (particle keys doctor) or contact Particle support with the device id.',
  ),
  'led.handshake-error.label': msg('Cyan with 1 red flash'),
  'led.handshake-error.meaning': msg('A general error during the cloud handshake.'),
  'led.handshake-error.advice': msg(
    'Power-cycle the device. If it repeats, repair the keys or update Device OS over USB.',
  ),
  'led.firmware-crash.label': msg('Red SOS pattern'),
  'led.firmware-crash.meaning': msg(
    'The firmware crashed (the blinks after SOS give the reason; 8 means out of memory).',
  ),
  'led.firmware-crash.advice': msg('Reflash known-good firmware over USB, then run setup again.'),
  'led.safe-mode.label': msg('Breathing magenta'),
  'led.safe-mode.meaning': msg('Safe mode: online but the user firmware is not running.'),
  'led.safe-mode.advice': msg(
    'The device is reachable; flash application firmware to leave safe mode.',
  ),
  'led.off.label': msg('Off'),
  'led.off.meaning': msg('No power, or the LED is turned off by the firmware.'),
  'led.off.advice': msg('Check the USB cable and power supply.'),
} as const;
