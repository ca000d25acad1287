sitrepSearchData("terms/t-wit",{"withdrawn":"HPMi8"});
