sitrepSearchData("terms/t-ove",{"over":"QNXd8xxE5o","overlooking":"NRB88","overtime":"QNXd8"});
