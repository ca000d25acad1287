sitrepSearchData("terms/t-min",{"mining":"NRB88AQV88","minister":"x-CfgQREl8","ministry":"DAP1aGMO78FIDg8"});
