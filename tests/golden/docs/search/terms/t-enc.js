sitrepSearchData("terms/t-enc",{"encirclement":"NRB8g","encourage":"QNXd8xxE58"});
