sitrepSearchData("terms/t-sev",{"several":"NRB8gyYS5g","seversk":"NXDcmzTY68"});
