sitrepSearchData("terms/t-los",{"lose":"QNXd8","losing":"NRB8g","losses":"QNXd8xxE58"});
