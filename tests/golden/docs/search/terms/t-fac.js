sitrepSearchData("terms/t-fac",{"fact":"NRB8gyYS58","facto":"QNXd8"});
