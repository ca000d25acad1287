sitrepSearchData("terms/t-wit",{"withdrawn":"QNXd8"});
