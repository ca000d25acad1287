sitrepSearchData("terms/t-vol",{"volodimir":"-R-v2","volodymyr":"NRB88yYS58CLj2WUi8FyXd2"});
