sitrepSearchData("terms/t-j",{"j":"AA92yWPf2KSJg8DAOv2"});
