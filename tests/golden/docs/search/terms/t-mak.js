sitrepSearchData("terms/t-mak",{"make":"NRB88","makes":"QNXd9","making":"QNXd8xxE58"});
