sitrepSearchData("terms/t-man",{"man":"NRB88","maneuver":"RPzig","maneuverability":"RPzi8","manned":"NRB88","manpower":"RPzi8","manufactured":"RPzi8","many":"NRB88yYS5o"});
